#include <cstring>
#include <iostream>
#include <vector>
int main() {
  long long a, b;
  std::cin >> a >> b;
  std::vector<char *> keep;
  for (;;) {
    char *p = new char[64 << 20];
    std::memset(p, 1, 64 << 20);
    keep.push_back(p);
  }
}
