#include <stdio.h>
int main(void) {
  volatile int a, b, zero = 0;
  if (scanf("%d %d", &a, &b) != 2) return 1;
  printf("%d\n", (a + b) / zero);
  return 0;
}
