"""Terms the credentials use, shared by signing and reading them."""

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
GENERATED = IPTC + "trainedAlgorithmicMedia"
# Effects change a captured frame with classic image processing, no trained model.
EDITED_BY_EFFECTS = IPTC + "algorithmicallyEnhanced"
