match = 1
case = 2
_ = 3
match.case = 4
match[case] = 5
match(case)
match - x
match * x
match, case = case, match
print(match, case, _)
match = match.match(match)
case.match = match.case
def match(match, case): return match
class case: match = 1
import match
from case import match as case
lambda match, case: match + case
[match for case in match]
match [match]:
    case [match]:
        match = case
match match:
    case case:
        pass
match(x).y
match[x]
match: int = 1
case: str
