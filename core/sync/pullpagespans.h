#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace Aanwezig::SyncProtocol {

// The text of each change's "data" value in a pull page's text, by the
// change's position in the page's "changes" (empty for a change that is no
// object or has no "data"), as a JSON parser reads the page: of a key given
// twice the last counts. Meant for text a full parser has accepted (it only
// finds where values start and end); nullopt when it cannot tell for sure (a
// key it compares is written with an escape, or the text is not what it
// expects), and the caller then writes each entity from the parsed document.
// Lets the phone store a pulled entity's text as it came (readPullPageText):
// writing it back from the parsed document was a sixth of a page's apply.
std::optional<std::vector<std::string_view>> dataSpans(std::string_view page);

} // namespace Aanwezig::SyncProtocol
