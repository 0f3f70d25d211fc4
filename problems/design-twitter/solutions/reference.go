type tweet struct{ time, id int }

type Twitter struct {
	clock   int
	tweets  map[int][]tweet
	follows map[int]map[int]bool
}

func Constructor() Twitter {
	return Twitter{tweets: map[int][]tweet{}, follows: map[int]map[int]bool{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
	this.clock++
	this.tweets[userId] = append(this.tweets[userId], tweet{this.clock, tweetId})
}

func (this *Twitter) GetNewsFeed(userId int) []int {
	// Take up to ten newest from each list, then the ten newest overall.
	var candidates []tweet
	take := func(u int) {
		lst := this.tweets[u]
		from := len(lst) - 10
		if from < 0 {
			from = 0
		}
		candidates = append(candidates, lst[from:]...)
	}
	take(userId)
	for u := range this.follows[userId] {
		take(u)
	}
	sort.Slice(candidates, func(i, j int) bool { return candidates[i].time > candidates[j].time })
	feed := []int{}
	for i := 0; i < len(candidates) && i < 10; i++ {
		feed = append(feed, candidates[i].id)
	}
	return feed
}

func (this *Twitter) Follow(followerId int, followeeId int) {
	if followerId == followeeId {
		return
	}
	if this.follows[followerId] == nil {
		this.follows[followerId] = map[int]bool{}
	}
	this.follows[followerId][followeeId] = true
}

func (this *Twitter) Unfollow(followerId int, followeeId int) {
	delete(this.follows[followerId], followeeId)
}

/**
 * Your Twitter object will be instantiated and called as such:
 * obj := Constructor();
 * obj.PostTweet(userId,tweetId);
 * param_2 := obj.GetNewsFeed(userId);
 * obj.Follow(followerId,followeeId);
 * obj.Unfollow(followerId,followeeId);
 */
