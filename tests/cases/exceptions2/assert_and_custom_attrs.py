class ValidationError(Exception):
    def __init__(self, field, problems):
        self.field = field
        self.problems = problems
        super().__init__(field, len(problems))

def validate(rec):
    problems = []
    if not rec.get("name"):
        problems.append("name empty")
    if rec.get("age", 0) < 0:
        problems.append("age negative")
    if problems:
        raise ValidationError("rec", problems)
    return True

print(validate({"name": "x", "age": 1}))
try:
    validate({"name": "", "age": -1})
except ValidationError as e:
    print(e.field, e.problems, e.args, str(e))
try:
    assert 1 + 1 == 3, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
