class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (int i = 0; i < t.length(); i++) need[t.charAt(i)]++;
        int missing = t.length(), bestLo = 0, bestLen = -1, lo = 0;
        for (int hi = 0; hi < s.length(); hi++) {
            if (need[s.charAt(hi)]-- > 0) missing--;
            if (missing == 0) {
                while (need[s.charAt(lo)] < 0) need[s.charAt(lo++)]++;
                if (bestLen < 0 || hi - lo + 1 < bestLen) {
                    bestLo = lo;
                    bestLen = hi - lo + 1;
                }
                need[s.charAt(lo++)]++;
                missing++;
            }
        }
        return bestLen < 0 ? "" : s.substring(bestLo, bestLo + bestLen);
    }
}
