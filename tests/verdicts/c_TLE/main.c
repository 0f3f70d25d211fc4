#include <stdio.h>
int main(void) {
  volatile long long a;
  long long b;
  if (scanf("%lld %lld", &b, &b) != 2) return 1;
  for (a = 0;; a++) {}
}
