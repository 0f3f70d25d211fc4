int characterReplacement(char* s, int k) {
    int count[26] = {0};
    int left = 0, best = 0, right = 0;
    for (; s[right]; right++) {
        int c = ++count[s[right] - 'A'];
        if (c > best) best = c;
        if (right - left + 1 - best > k) {
            count[s[left] - 'A']--;
            left++;
        }
    }
    return right - left;
}
