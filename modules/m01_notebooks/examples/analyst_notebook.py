# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Credit scoring model v3 FINAL
#
# Laura, risk analytics. Data: March extract of the loan book (ask Carlos in IT for a new one).
#
# **Run the cleaning cell before the model!!**

# %%
import json
import pickle

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

# %%
df = pd.read_csv(r"C:\Users\analista\Desktop\scoring\credit_data.csv")
df.shape

# %%
df.head()

# %%
df.isna().sum()

# %% [markdown]
# ## Numeric variables

# %%
df[num_cols].describe().T

# %%
num_cols = ["seniority", "time", "age", "expenses", "income", "assets", "debt", "amount", "price"]
cat_cols = ["home", "marital", "records", "job"]

# %% [markdown]
# ## Outliers and target
#
# income cap agreed with the risk committee

# %%
df = df[df["income"] < income_cap]
df["target"] = (df["status"] == "bad").astype(int)
df["target"].mean()

# %% [markdown]
# ## Model

# %%
train, test = train_test_split(df, test_size=0.2)

# %%
# clean train
train["income"] = train["income"].fillna(train["income"].median())
train["assets"] = train["assets"].fillna(train["assets"].median())
train["debt"] = train["debt"].fillna(train["debt"].median())
train = pd.get_dummies(train, columns=cat_cols, dtype=float)

# %%
# clean test (same as train)
test["income"] = test["income"].fillna(test["income"].median())
test["assets"] = test["assets"].fillna(test["assets"].median())
test["debt"] = test["debt"].fillna(train["debt"].median())
test = pd.get_dummies(test, columns=cat_cols, dtype=float)
test = test.reindex(columns=train.columns, fill_value=0)  # test had one column less

# %%
features = [c for c in train.columns if c not in ("status", "target")]
model = LogisticRegression(max_iter=1000)
model.fit(train[features], train["target"])

# %%
auc = roc_auc_score(train["target"], model.predict_proba(train[features])[:, 1])
print(f"AUC: {auc:.3f}")

# %%
with open("metrics.json", "w") as f:
    json.dump({"auc": auc}, f)
pickle.dump(model, open(r"C:\Users\analista\Desktop\scoring\modelo_final_v3.pkl", "wb"))
