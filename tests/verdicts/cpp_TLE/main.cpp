#include <iostream>
int main() {
  volatile long long a, b;
  long long x, y;
  std::cin >> x >> y;
  a = x;
  b = y;
  for (;;) a = a + b;
}
