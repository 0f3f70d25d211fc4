bool isInterleave(char* s1, char* s2, char* s3) {
    int m = strlen(s1), n = strlen(s2);
    if (m + n != (int)strlen(s3)) return false;
    bool ok[101] = {false};
    for (int i = 0; i <= m; i++) {
        for (int j = 0; j <= n; j++) {
            if (i == 0 && j == 0) {
                ok[0] = true;
                continue;
            }
            bool a = i > 0 && ok[j] && s1[i - 1] == s3[i + j - 1];
            bool b = j > 0 && ok[j - 1] && s2[j - 1] == s3[i + j - 1];
            ok[j] = a || b;
        }
    }
    return ok[n];
}
