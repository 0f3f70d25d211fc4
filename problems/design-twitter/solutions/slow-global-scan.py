class Twitter:

    def __init__(self):
        self.all = []
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.all.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        seen = self.follows[userId]
        feed = []
        for i in range(len(self.all) - 1, -1, -1):
            u, tid = self.all[i]
            if u == userId or u in seen:
                feed.append(tid)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
