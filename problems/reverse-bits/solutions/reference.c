int reverseBits(int n) {
    unsigned int x = n, answer = 0;
    for (int i = 0; i < 32; i++) {
        answer = (answer << 1) | (x & 1);
        x >>= 1;
    }
    return (int)answer;
}
