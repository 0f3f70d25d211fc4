bool isMatch(char* s, char* p) {
    int n = strlen(s), m = strlen(p);
    bool match[21][21];
    memset(match, 0, sizeof(match));
    match[0][0] = true;
    for (int j = 2; j <= m; j++)
        if (p[j - 1] == '*') match[0][j] = match[0][j - 2];
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            if (p[j - 1] == '*') {
                match[i][j] = match[i][j - 2] || ((p[j - 2] == s[i - 1] || p[j - 2] == '.') && match[i - 1][j]);
            } else {
                match[i][j] = (p[j - 1] == s[i - 1] || p[j - 1] == '.') && match[i - 1][j - 1];
            }
        }
    }
    return match[n][m];
}
