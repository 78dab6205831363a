#pragma once
// Spanish diminutives of given names, the way families and friends say them: Rosario ->
// Rosarito, Ana -> Anita, Juan -> Juanito, Juancito, Carmen -> Carmencita, Paco -> Paquito.
// All forms are folded (lower case, no accents).
#include <string>
#include <vector>

namespace hilo::import::deid {

// The -ito/-ita/-cito/-cita forms of a folded given name.
std::vector<std::string> diminutivesOf(const std::string& foldedName);

// The names a folded word may be a diminutive of ("rosarito" -> rosario, rosara, ...): the
// caller keeps those that are names.
std::vector<std::string> possibleBasesOf(const std::string& foldedWord);

} // namespace hilo::import::deid
