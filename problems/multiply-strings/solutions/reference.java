class Solution {
    public String multiply(String num1, String num2) {
        int n1 = num1.length(), n2 = num2.length();
        int[] pos = new int[n1 + n2];
        for (int i = 0; i < n1; i++)
            for (int j = 0; j < n2; j++)
                pos[i + j] += (num1.charAt(n1 - 1 - i) - '0') * (num2.charAt(n2 - 1 - j) - '0');
        int carry = 0;
        for (int k = 0; k < pos.length; k++) {
            carry += pos[k];
            pos[k] = carry % 10;
            carry /= 10;
        }
        int top = pos.length - 1;
        while (top > 0 && pos[top] == 0) top--;
        StringBuilder sb = new StringBuilder();
        for (int k = top; k >= 0; k--) sb.append((char) ('0' + pos[k]));
        return sb.toString();
    }
}
