class Solution {
    public int numDecodings(String s) {
        long prev = 1, cur = s.charAt(0) != '0' ? 1 : 0;
        for (int i = 1; i < s.length(); i++) {
            char a = s.charAt(i - 1), b = s.charAt(i);
            long next = b != '0' ? cur : 0;
            if (a == '1' || (a == '2' && b <= '6')) next += prev;
            prev = cur;
            cur = next;
        }
        return (int) cur;
    }
}
