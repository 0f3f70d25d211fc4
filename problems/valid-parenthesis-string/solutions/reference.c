bool checkValidString(char* s) {
    int lo = 0, hi = 0;
    for (; *s; s++) {
        if (*s == '(') {
            lo++;
            hi++;
        } else if (*s == ')') {
            lo--;
            hi--;
        } else {
            lo--;
            hi++;
        }
        if (hi < 0) return false;
        if (lo < 0) lo = 0;
    }
    return lo == 0;
}
