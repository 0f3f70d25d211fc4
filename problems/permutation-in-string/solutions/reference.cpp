class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = s1.size(), n = s2.size();
        if (m > n) return false;
        array<int, 26> need{}, have{};
        for (char c : s1) need[c - 'a']++;
        for (int i = 0; i < n; i++) {
            have[s2[i] - 'a']++;
            if (i >= m) have[s2[i - m] - 'a']--;
            if (i >= m - 1 && have == need) return true;
        }
        return false;
    }
};
