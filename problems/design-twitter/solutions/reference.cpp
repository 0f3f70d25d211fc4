class Twitter {
    int clock = 0;
    unordered_map<int, vector<pair<int, int>>> tweets;
    unordered_map<int, unordered_set<int>> follows;
public:
    Twitter() {
    }

    void postTweet(int userId, int tweetId) {
        tweets[userId].push_back({++clock, tweetId});
    }

    vector<int> getNewsFeed(int userId) {
        // (time, tweetId, user, index in the user's list)
        priority_queue<tuple<int, int, int, int>> heap;
        auto add = [&](int u) {
            auto it = tweets.find(u);
            if (it != tweets.end() && !it->second.empty()) {
                int i = it->second.size() - 1;
                heap.push({it->second[i].first, it->second[i].second, u, i});
            }
        };
        add(userId);
        for (int u : follows[userId]) add(u);
        vector<int> feed;
        while (!heap.empty() && feed.size() < 10) {
            auto [t, id, u, i] = heap.top();
            heap.pop();
            feed.push_back(id);
            if (i > 0) {
                auto& lst = tweets[u];
                heap.push({lst[i - 1].first, lst[i - 1].second, u, i - 1});
            }
        }
        return feed;
    }

    void follow(int followerId, int followeeId) {
        if (followerId != followeeId) follows[followerId].insert(followeeId);
    }

    void unfollow(int followerId, int followeeId) {
        follows[followerId].erase(followeeId);
    }
};

/**
 * Your Twitter object will be instantiated and called as such:
 * Twitter* obj = new Twitter();
 * obj->postTweet(userId,tweetId);
 * vector<int> param_2 = obj->getNewsFeed(userId);
 * obj->follow(followerId,followeeId);
 * obj->unfollow(followerId,followeeId);
 */
