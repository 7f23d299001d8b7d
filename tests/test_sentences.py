from econfacts.sentences import split


def test_offsets_index_the_text_and_skip_blank_segments():
    text = "Russia got €1.1 billion from the U.S. market.\n\nThen 26 countries agreed. "
    spans = split(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Russia got €1.1 billion from the U.S. market.", "Then 26 countries agreed."]
    assert [s.index for s in spans] == [0, 1]
