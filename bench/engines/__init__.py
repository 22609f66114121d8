"""The engines the benchmark compares clientfire with: raw durable_rules, plain Python, CLIPS."""
