# Runtime error: splits on one space only, so an input with other spacing fails to unpack (RE, as on LeetCode).
a, b = input().split(" ")
print(int(a) + int(b))
