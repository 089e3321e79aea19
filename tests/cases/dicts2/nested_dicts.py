db = {
    "alice": {"age": 30, "langs": {"py": 5, "c": 2}},
    "bob": {"age": 25, "langs": {"js": 3}},
}
db["carol"] = {"age": 35, "langs": {}}
db["bob"]["langs"]["py"] = 1
for name in sorted(db):
    info = db[name]
    langs = ", ".join(f"{k}={v}" for k, v in sorted(info["langs"].items()))
    print(name, info["age"], langs or "-")
print(sum(p["langs"].get("py", 0) for p in db.values()))
print(db["alice"]["langs"])
import_copy = {k: dict(v) for k, v in db.items()}
import_copy["alice"]["age"] = 99
print(db["alice"]["age"], import_copy["alice"]["age"])
import_copy["alice"]["langs"]["py"] = 0
print(db["alice"]["langs"]["py"])
