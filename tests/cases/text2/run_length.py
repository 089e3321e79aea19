def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)
def rle_decode(s):
    out, num = [], ''
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ''
    return ''.join(out)
for t in ['aaabccdddd', 'abc', '', 'zzzzzzzzzzzz', 'aabbaa']:
    e = rle_encode(t)
    print(repr(t), e, rle_decode(e) == t)
