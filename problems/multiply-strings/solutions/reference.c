char* multiply(char* num1, char* num2) {
    int n1 = strlen(num1), n2 = strlen(num2);
    int* pos = calloc(n1 + n2, sizeof(int));
    for (int i = 0; i < n1; i++)
        for (int j = 0; j < n2; j++)
            pos[i + j] += (num1[n1 - 1 - i] - '0') * (num2[n2 - 1 - j] - '0');
    int carry = 0;
    for (int k = 0; k < n1 + n2; k++) {
        carry += pos[k];
        pos[k] = carry % 10;
        carry /= 10;
    }
    int top = n1 + n2 - 1;
    while (top > 0 && pos[top] == 0) top--;
    char* out = malloc(top + 2);
    for (int k = top; k >= 0; k--) out[top - k] = '0' + pos[k];
    out[top + 1] = '\0';
    free(pos);
    return out;
}
