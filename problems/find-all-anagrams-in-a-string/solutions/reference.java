class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int n = s.length(), m = p.length();
        List<Integer> answer = new ArrayList<>();
        if (m > n) return answer;
        int[] need = new int[26], have = new int[26];
        for (int k = 0; k < m; k++) need[p.charAt(k) - 'a']++;
        for (int i = 0; i < n; i++) {
            have[s.charAt(i) - 'a']++;
            if (i >= m) have[s.charAt(i - m) - 'a']--;
            if (i >= m - 1 && Arrays.equals(have, need)) answer.add(i - m + 1);
        }
        return answer;
    }
}
