class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        vector<int> starts, ends;
        for (auto& iv : intervals) {
            starts.push_back(iv[0]);
            ends.push_back(iv[1]);
        }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        int rooms = 0, best = 0;
        size_t j = 0;
        for (int s : starts) {
            while (ends[j] <= s) {
                j++;
                rooms--;
            }
            best = max(best, ++rooms);
        }
        return best;
    }
};
