{**a}
{**a,}
{**a, **b}
{**a, 'k': 1}
{'k': 1, **a}
{'k': 1, **a, 'j': 2, **b}
{**a, **{'x': 1}}
{**(a or b)}
{**a.b}
{**f()}
{**a[0]}
{**{}}
x = {**defaults, **overrides, "fixed": True}
x = {
    **a,
    "b": 1,
    **c,
}
f(**{**a, **b})
x = {k: v for k, v in {**a, **b}.items()}
