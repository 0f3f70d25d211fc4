class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int m = s1.length(), n = s2.length();
        if (m > n) return false;
        int[] need = new int[26], have = new int[26];
        for (int i = 0; i < m; i++) need[s1.charAt(i) - 'a']++;
        for (int i = 0; i < n; i++) {
            have[s2.charAt(i) - 'a']++;
            if (i >= m) have[s2.charAt(i - m) - 'a']--;
            if (i >= m - 1 && Arrays.equals(have, need)) return true;
        }
        return false;
    }
}
