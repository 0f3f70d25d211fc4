class Solution {
public:
    string multiply(string num1, string num2) {
        int n1 = num1.size(), n2 = num2.size();
        vector<int> pos(n1 + n2, 0);
        for (int i = 0; i < n1; i++)
            for (int j = 0; j < n2; j++)
                pos[i + j] += (num1[n1 - 1 - i] - '0') * (num2[n2 - 1 - j] - '0');
        int carry = 0;
        for (int& d : pos) {
            carry += d;
            d = carry % 10;
            carry /= 10;
        }
        while (pos.size() > 1 && pos.back() == 0) pos.pop_back();
        string out;
        for (int k = pos.size() - 1; k >= 0; k--) out += char('0' + pos[k]);
        return out;
    }
};
