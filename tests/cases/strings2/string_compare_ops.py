print("apple" < "banana", "Apple" < "apple", "abc" < "abd", "ab" < "abc")
print(sorted(["b", "B", "a", "A", "_", "1"]))
print("a" * 3, 3 * "ab", "x" + "y" * 2)
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(max("hello"), min("hello"), sorted("hello"))
print(len("héllo"), "é".isalpha(), ord("é"))
s = "abcdef"
print(s[1:4], s[-2:], s[::2], s[10:], s[-100:2])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
