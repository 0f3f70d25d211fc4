class Solution {
    void build(string& s, int opened, int closed, int n, vector<string>& out) {
        if ((int)s.size() == 2 * n) {
            out.push_back(s);
            return;
        }
        if (opened < n) {
            s.push_back('(');
            build(s, opened + 1, closed, n, out);
            s.pop_back();
        }
        if (closed < opened) {
            s.push_back(')');
            build(s, opened, closed + 1, n, out);
            s.pop_back();
        }
    }

public:
    vector<string> generateParenthesis(int n) {
        vector<string> out;
        string s;
        build(s, 0, 0, n, out);
        return out;
    }
};
