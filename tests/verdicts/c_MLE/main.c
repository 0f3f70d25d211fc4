#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  long long a, b;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  for (;;) {
    char *p = malloc(64 << 20);
    if (!p) return 3;
    memset(p, 1, 64 << 20);
  }
}
