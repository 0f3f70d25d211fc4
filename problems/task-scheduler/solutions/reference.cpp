class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int counts[26] = {};
        for (char t : tasks) counts[t - 'A']++;
        int top = *max_element(counts, counts + 26), ties = 0;
        for (int c : counts) ties += c == top;
        return max((int)tasks.size(), (top - 1) * (n + 1) + ties);
    }
};
