static char* parse(const char** p) {
    size_t cap = 16, len = 0;
    char* out = malloc(cap);
    while (**p && **p != ']') {
        if (isdigit((unsigned char)**p)) {
            int k = 0;
            while (isdigit((unsigned char)**p)) k = k * 10 + (*(*p)++ - '0');
            (*p)++; /* '[' */
            char* inner = parse(p);
            (*p)++; /* ']' */
            size_t il = strlen(inner);
            while (len + il * k + 1 > cap) cap *= 2;
            out = realloc(out, cap);
            for (int t = 0; t < k; t++) {
                memcpy(out + len, inner, il);
                len += il;
            }
            free(inner);
        } else {
            if (len + 2 > cap) {
                cap *= 2;
                out = realloc(out, cap);
            }
            out[len++] = *(*p)++;
        }
    }
    out[len] = '\0';
    return out;
}

char* decodeString(char* s) {
    const char* p = s;
    return parse(&p);
}
