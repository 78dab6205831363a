#include "text_table.h"

#include "text/unicode_text.h"

#include <algorithm>
#include <iostream>

namespace hilo::cli {

void printTable(const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<std::size_t>(text::codePointLength(row[i])));
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(widths[i] - static_cast<std::size_t>(text::codePointLength(row[i])) + 2, ' ');
        }
        line.erase(line.find_last_not_of(' ') + 1); // no padding after an empty last cell
        std::cout << line << "\n";
    }
}

} // namespace hilo::cli
