docs = {
    1: "red green blue",
    2: "green yellow",
    3: "blue blue red",
}
index = {}
for doc_id, text in docs.items():
    for word in text.split():
        ids = index.setdefault(word, [])
        if doc_id not in ids:
            ids.append(doc_id)
for word in sorted(index):
    print(word, index[word])
query = ["red", "blue"]
result = set(index[query[0]])
for q in query[1:]:
    result &= set(index[q])
print(sorted(result))
print({w: len(ids) for w, ids in index.items() if len(ids) > 1})
