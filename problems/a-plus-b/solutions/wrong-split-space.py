# Wrong: reads only the first line, then fails when the numbers are split differently.
a, b = input().split(" ")
print(int(a) + int(b))
