bool isValid(char* s) {
    int n = strlen(s), top = 0;
    char* stack = malloc(n + 1);
    for (int i = 0; i < n; i++) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') {
            stack[top++] = c;
            continue;
        }
        char want = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (top == 0 || stack[top - 1] != want) {
            free(stack);
            return false;
        }
        top--;
    }
    free(stack);
    return top == 0;
}
