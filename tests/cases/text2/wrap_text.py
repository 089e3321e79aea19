text = ('It was the best of times, it was the worst of times, it was the age of '
        'wisdom, it was the age of foolishness, it was the epoch of belief')
def wrap(t, width):
    lines, cur = [], ''
    for word in t.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f'{cur} {word}' if cur else word
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text, 30):
    print(f'|{line:<30}|')
for line in wrap(text, 24)[:3]:
    print(f'|{line:>24}|')
    print(f'|{line:^24}|')
print(len(wrap(text, 10)), max(map(len, wrap(text, 10))))
