int evalRPN(char** tokens, int tokensSize) {
    long long* stack = malloc(sizeof(long long) * tokensSize);
    int top = 0;
    for (int i = 0; i < tokensSize; i++) {
        char* tok = tokens[i];
        if (tok[1] == '\0' && strchr("+-*/", tok[0])) {
            long long b = stack[--top], a = stack[--top];
            switch (tok[0]) {
                case '+': stack[top++] = a + b; break;
                case '-': stack[top++] = a - b; break;
                case '*': stack[top++] = a * b; break;
                default: stack[top++] = a / b; break;
            }
        } else {
            stack[top++] = atoll(tok);
        }
    }
    int answer = (int)stack[top - 1];
    free(stack);
    return answer;
}
