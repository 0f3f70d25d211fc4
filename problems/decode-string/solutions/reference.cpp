class Solution {
public:
    string decodeString(string s) {
        vector<pair<string, int>> stack;
        string text;
        int k = 0;
        for (char c : s) {
            if (isdigit(c)) {
                k = k * 10 + (c - '0');
            } else if (c == '[') {
                stack.push_back({text, k});
                text.clear();
                k = 0;
            } else if (c == ']') {
                auto [before, times] = stack.back();
                stack.pop_back();
                for (int t = 0; t < times; t++) before += text;
                text = before;
            } else {
                text += c;
            }
        }
        return text;
    }
};
