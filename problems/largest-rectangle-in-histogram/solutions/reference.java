class Solution {
    public int largestRectangleArea(int[] heights) {
        int n = heights.length, best = 0, top = 0;
        int[] stack = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (top > 0 && heights[stack[top - 1]] >= h) {
                int j = stack[--top];
                int left = top == 0 ? 0 : stack[top - 1] + 1;
                best = Math.max(best, heights[j] * (i - left));
            }
            stack[top++] = i;
        }
        return best;
    }
}
