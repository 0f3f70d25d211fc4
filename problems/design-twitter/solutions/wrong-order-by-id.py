class Twitter:

    def __init__(self):
        self.tweets = defaultdict(list)
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.tweets[userId].append(tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        ids = []
        for u in self.follows[userId] | {userId}:
            ids.extend(self.tweets.get(u, []))
        return sorted(ids, reverse=True)[:10]

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
