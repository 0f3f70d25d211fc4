class Solution {
    private static final String[] KEYS = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};

    public List<String> letterCombinations(String digits) {
        List<String> out = new ArrayList<>();
        if (digits.isEmpty()) return out;
        build(digits, 0, new StringBuilder(), out);
        return out;
    }

    private void build(String digits, int i, StringBuilder sb, List<String> out) {
        if (i == digits.length()) {
            out.add(sb.toString());
            return;
        }
        for (char ch : KEYS[digits.charAt(i) - '0'].toCharArray()) {
            sb.append(ch);
            build(digits, i + 1, sb, out);
            sb.deleteCharAt(sb.length() - 1);
        }
    }
}
