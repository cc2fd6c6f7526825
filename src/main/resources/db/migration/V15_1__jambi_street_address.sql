-- Applicants need the street to find the office (issue 15): the pilot office's placeholder "Kota Jambi,
-- Provinsi Jambi" becomes its street address, unless a supervisor has already written one.
update office
   set address = 'Jl. Arif Rahman Hakim No. 63, Telanaipura, Kota Jambi, Jambi 36124'
 where code = 'jambi' and address = 'Kota Jambi, Provinsi Jambi';
