#define USERS 501

typedef struct {
    int clock;
    int* times[USERS];
    int* ids[USERS];
    int count[USERS], cap[USERS];
    bool follows[USERS][USERS];
} Twitter;


Twitter* twitterCreate() {
    return calloc(1, sizeof(Twitter));
}

void twitterPostTweet(Twitter* obj, int userId, int tweetId) {
    if (obj->count[userId] == obj->cap[userId]) {
        obj->cap[userId] = obj->cap[userId] ? obj->cap[userId] * 2 : 8;
        obj->times[userId] = realloc(obj->times[userId], sizeof(int) * obj->cap[userId]);
        obj->ids[userId] = realloc(obj->ids[userId], sizeof(int) * obj->cap[userId]);
    }
    obj->times[userId][obj->count[userId]] = ++obj->clock;
    obj->ids[userId][obj->count[userId]++] = tweetId;
}

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twitterGetNewsFeed(Twitter* obj, int userId, int* retSize) {
    // Ten rounds, each picking the newest unread tweet among the visible users' lists.
    int next[USERS];
    for (int u = 0; u < USERS; u++) next[u] = obj->count[u] - 1;
    int* feed = malloc(sizeof(int) * 10);
    *retSize = 0;
    while (*retSize < 10) {
        int best = -1;
        for (int u = 1; u < USERS; u++) {
            if ((u != userId && !obj->follows[userId][u]) || next[u] < 0) continue;
            if (best < 0 || obj->times[u][next[u]] > obj->times[best][next[best]]) best = u;
        }
        if (best < 0) break;
        feed[(*retSize)++] = obj->ids[best][next[best]--];
    }
    return feed;
}

void twitterFollow(Twitter* obj, int followerId, int followeeId) {
    if (followerId != followeeId) obj->follows[followerId][followeeId] = true;
}

void twitterUnfollow(Twitter* obj, int followerId, int followeeId) {
    obj->follows[followerId][followeeId] = false;
}

void twitterFree(Twitter* obj) {
    for (int u = 0; u < USERS; u++) {
        free(obj->times[u]);
        free(obj->ids[u]);
    }
    free(obj);
}

/**
 * Your Twitter struct will be instantiated and called as such:
 * Twitter* obj = twitterCreate();
 * twitterPostTweet(obj, userId, tweetId);
 
 * int* param_2 = twitterGetNewsFeed(obj, userId, retSize);
 
 * twitterFollow(obj, followerId, followeeId);
 
 * twitterUnfollow(obj, followerId, followeeId);
 
 * twitterFree(obj);
*/
