# Non-ASCII identifiers: column offsets are UTF-8 byte offsets.
café = 1; x = café
日本語 = café + 1; y = 日本語
α, β, γ = 1, 2, 3
Δτ = α * β - γ
привет = 'мир'
def функция(арг, *арги, ключ=1):
    return арг + ключ
class Élément:
    état: int = 0
obj.état = Élément.état
# NFKC normalization: these names are stored normalized in the AST.
ﬁle = 1; ℌx = 2
ＡＢＣ = 3; z = ＡＢＣ + ABC
µ = 4; ſ = 5
𝐚𝐛 = 6
ét́ = 7
f(é=1, **{'é': 2})
obj.ﬁeld = obj.ℌx
import école.élève as é
from école import élève, ﬁ as ℌ
lambda λ: λ
match é:
    case Élément(état=é) | [é, *è]:
        pass
