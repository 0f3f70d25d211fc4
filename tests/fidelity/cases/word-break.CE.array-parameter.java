// An array where LeetCode's Java declares a List does not compile, as on LeetCode.
// QC-EXPECT: error
class Solution {
    public boolean wordBreak(String s, String[] wordDict) {
        return wordDict.length > 0 && s.isEmpty();
    }
}
