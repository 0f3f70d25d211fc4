class Solution {
public:
    vector<int> findAnagrams(string s, string p) {
        int n = s.size(), m = p.size();
        vector<int> answer;
        if (m > n) return answer;
        array<int, 26> need{}, have{};
        for (char c : p) need[c - 'a']++;
        for (int i = 0; i < n; i++) {
            have[s[i] - 'a']++;
            if (i >= m) have[s[i - m] - 'a']--;
            if (i >= m - 1 && have == need) answer.push_back(i - m + 1);
        }
        return answer;
    }
};
