class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        vector<int> stack;
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (!stack.empty() && heights[stack.back()] >= h) {
                int j = stack.back();
                stack.pop_back();
                int left = stack.empty() ? 0 : stack.back() + 1;
                best = max(best, heights[j] * (i - left));
            }
            stack.push_back(i);
        }
        return best;
    }
};
